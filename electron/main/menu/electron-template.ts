import type { MenuItemConstructorOptions } from 'electron';
import { isRendererCommand, type MainCommand, type MenuItemSpec, type RendererCommand } from '../../../shared/menu';

export interface MenuActions {
  /** A renderer command: pushed to the page, which runs it from its one command registry. */
  sendToPage(command: RendererCommand): void;
  /** Main's own commands (the data folder, About). */
  runInMain(command: MainCommand): void;
}

/** The platform-free menu data (shared/menu) as Electron's template, each command wired to where it runs. */
export function toElectronTemplate(specs: readonly MenuItemSpec[], actions: MenuActions): MenuItemConstructorOptions[] {
  return specs.map((spec): MenuItemConstructorOptions => {
    if ('type' in spec) return { type: 'separator' };
    if ('submenu' in spec) return { label: spec.label, ...(spec.role ? { role: spec.role } : {}), submenu: toElectronTemplate(spec.submenu, actions) };
    if ('role' in spec) return { label: spec.label, role: spec.role };
    const { command } = spec;
    return {
      label: spec.label,
      ...(spec.accelerator ? { accelerator: spec.accelerator } : {}),
      ...(spec.registerAccelerator === false ? { registerAccelerator: false } : {}),
      click: () => (isRendererCommand(command) ? actions.sendToPage(command) : actions.runInMain(command)),
    };
  });
}
