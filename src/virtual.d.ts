declare module 'virtual:story' {
  import type { StoryBundle } from './lib/story/validate.ts';
  const bundle: StoryBundle;
  export default bundle;
}
