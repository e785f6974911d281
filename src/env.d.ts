/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    essay?: import("./components/context.ts").EssayContext;
  }
}
