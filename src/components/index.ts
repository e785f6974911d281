// The components essays use without importing them (passed to <Content components={…} />).
import Param from "./Param.astro";
import Value from "./Value.astro";
import Figure from "./Figure.astro";
import Equation from "./Equation.astro";
import Ref from "./Ref.astro";
import Quote from "./Quote.astro";

export const essayComponents = { Param, Value, Figure, Equation, Ref, Quote };
