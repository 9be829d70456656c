import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // The repo's vite.config.ts is for the library build; stories need none of it.
    options: { builder: { viteConfigPath: 'stories/.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
  staticDirs: [
    { from: '../../demo/data', to: '/data' },
    { from: '../../test/fixtures', to: '/fixtures' },
    // The three-item fixture's logos (./img/postgres.svg, …): stand-ins, so no image request fails.
    { from: '../assets/img', to: '/img' },
  ],
};
export default config;
