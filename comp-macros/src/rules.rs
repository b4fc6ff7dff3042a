//! The rules `check` reports and `lower` (or the fallback) follows, written
//! once: where a walrus would not always run, and which control flow
//! escapes the comprehension.

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{BinOp, Expr};

/// Where a walrus inside an expression would not always run when the
/// expression does, and why (the words of the error).
#[derive(Clone, Copy)]
pub enum Guard {
    /// Everything in it runs.
    Always,
    /// The right operand of `&&`/`||`.
    RightOperand(&'static str),
    /// The branches of an `if` or the arms of a `match` (not the condition
    /// or the scrutinee).
    Branches(&'static str),
    /// Everything in it: a closure or async block body.
    Inside(&'static str),
}

/// Any block (of a loop, `unsafe`, a block expression...) may not run, or
/// run more than once.
pub const IN_BLOCK: &str = "inside a nested block";

/// The [`Guard`] of `expr`'s own node (its children are classified in turn).
pub fn guard(expr: &Expr) -> Guard {
    match expr {
        Expr::Binary(binary) => match binary.op {
            BinOp::And(_) => Guard::RightOperand("on the right of `&&`"),
            BinOp::Or(_) => Guard::RightOperand("on the right of `||`"),
            _ => Guard::Always,
        },
        Expr::If(_) => Guard::Branches("in a branch of a conditional"),
        Expr::Match(_) => Guard::Branches("in a `match` arm"),
        Expr::Closure(_) => Guard::Inside("inside a closure"),
        Expr::Async(_) => Guard::Inside("inside an async block"),
        _ => Guard::Always,
    }
}

/// What an expression is to the comprehension's control flow.
pub enum Flow {
    /// `break`, `continue` (outside a loop of their own), `return` or
    /// `yield`: it would leave the comprehension. The keyword and its span.
    Escapes(&'static str, Span),
    /// A loop or a labelled block: a `break`/`continue` inside it is its own.
    Loop,
    /// Anything else.
    Other,
}

/// The [`Flow`] of `expr`, `loops` loops (or labelled blocks) deep.
pub fn flow(expr: &Expr, loops: usize) -> Flow {
    match expr {
        Expr::Return(node) => Flow::Escapes("return", node.return_token.span()),
        Expr::Yield(node) => Flow::Escapes("yield", node.yield_token.span()),
        Expr::Break(node) if loops == 0 => Flow::Escapes("break", node.break_token.span()),
        Expr::Continue(node) if loops == 0 => Flow::Escapes("continue", node.continue_token.span()),
        Expr::Loop(_) | Expr::While(_) | Expr::ForLoop(_) => Flow::Loop,
        Expr::Block(block) if block.label.is_some() => Flow::Loop,
        _ => Flow::Other,
    }
}
