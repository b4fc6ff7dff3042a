//! From the syntax tree to a flat plan: the clauses as a list of steps, the
//! walrus bindings hoisted into steps of their own, and the `?` operators
//! rewritten for the shape being emitted.
//!
//! ```text
//! // Before: [y for x in xs if (y := f(x)) > 0]
//! // After:  For(x in xs), Bind(y = f(x)), If(y > 0), out: y
//! ```

use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::visit_mut::VisitMut;
use syn::{Expr, Pat};

use crate::ast::{Clause, Comprehension, Element};
use crate::names::{bindings, internal, Binding};
use crate::rules::{self, Guard};
use crate::walrus;

mod question;
mod scan;

pub use question::{located, rewrite_try, Branch, OnFail};
pub use scan::{contains, first_try, is_fallible, mentioned, Operator};

/// `for PAT in ITER` or `async for PAT in ITER`.
pub struct ForStep {
    /// The loop pattern.
    pub pat: Pat,
    /// What it iterates.
    pub iter: Iterable,
    /// `async for`.
    pub is_async: bool,
}

/// One step of the loop nest after the first `for`, in evaluation order.
pub enum Step {
    /// An inner `for`.
    For(ForStep),
    /// `if COND`.
    If(Expr),
    /// `if let PAT = EXPR`.
    IfLet(Pat, Expr),
    /// `let PAT = EXPR`, or the key of a dict entry kept for later.
    Let(Pat, Expr),
    /// A hoisted walrus: `let NAME = EXPR`.
    Bind(Ident, Expr),
}

/// The iterable of a `for` step.
pub enum Iterable {
    /// The user's expression, evaluated where the step stands.
    Expr(Expr),
    /// Already evaluated (and converted to an iterator or stream) into a local.
    Ready(Ident),
}

/// What the innermost step produces.
pub enum Out {
    /// A list, set or lazy element.
    Value(Expr),
    /// A dict entry.
    Entry(Expr, Expr),
}

/// The flat plan of one comprehension: its source, the loop nest inside it,
/// and the element.
pub struct Plan {
    /// The first `for`, the comprehension's source (CPython's `iter(xs)`).
    pub first: ForStep,
    /// The clauses after it, then the element's own bindings.
    pub steps: Vec<Step>,
    /// The element.
    pub out: Out,
    /// How the first iterable borrows what it iterates, when it is `&EXPR`
    /// or `EXPR.iter()`/`EXPR.values()` evaluated before the loops (see
    /// `emit::borrowed_loop`).
    pub first_borrow: Option<Borrow>,
}

/// A first iterable that lends shared references, written the way rustc
/// recognizes in a `for` loop's head when an item is written through.
#[derive(Clone)]
pub enum Borrow {
    /// `&EXPR`: the `&`, and `EXPR`'s first and last tokens.
    Amp {
        /// The `&`.
        amp: proc_macro2::Span,
        /// `EXPR`'s first and last tokens.
        ends: (proc_macro2::Span, proc_macro2::Span),
    },
    /// `EXPR.iter()` or `EXPR.values()`: `EXPR`'s first and last tokens,
    /// the method's name and its parentheses.
    Method {
        /// `EXPR`'s first and last tokens.
        ends: (proc_macro2::Span, proc_macro2::Span),
        /// `iter` or `values`.
        method: proc_macro2::Ident,
        /// The call's `()`.
        parens: proc_macro2::Span,
    },
}

impl Plan {
    /// Lowers the clauses and the element. `None` when the comprehension has
    /// no first `for` (the parser never makes one).
    pub fn new(comp: &Comprehension) -> Option<Plan> {
        let (Clause::For(f), rest) = comp.clauses.split_first()? else {
            return None;
        };
        // A walrus cannot stand in an iterable (`check` rejects it); in the
        // fallback next to that error, it stands for its value.
        let mut iter = f.iter.clone();
        UnwrapWalrus::unwrap_whole(&mut iter);
        let first = ForStep {
            pat: f.pat.clone(),
            iter: Iterable::Expr(plain_for(comp, iter, (&f.pat, f.is_async()), false)),
            is_async: f.is_async(),
        };
        let mut steps = Vec::new();
        for clause in rest {
            let mut expr = clause.expr().clone();
            steps.extend(hoist_walruses(&mut expr));
            steps.push(match clause {
                Clause::For(f) => Step::For(ForStep {
                    pat: f.pat.clone(),
                    iter: Iterable::Expr(plain_for(comp, expr, (&f.pat, f.is_async()), true)),
                    is_async: f.is_async(),
                }),
                Clause::If(_) => Step::If(struct_safe(expr)),
                Clause::IfLet(pat, _) => Step::IfLet(pat.clone(), struct_safe(expr)),
                Clause::Let(pat, _) => Step::Let(pat.clone(), expr),
            });
        }
        let out = match &comp.element {
            Element::Value(value) => {
                let mut value = without_parens(value);
                steps.extend(hoist_walruses(&mut value));
                Out::Value(value)
            }
            Element::Entry { key, value } => {
                let mut key = without_parens(key);
                steps.extend(hoist_walruses(&mut key));
                let mut value = without_parens(value);
                let value_binds = hoist_walruses(&mut value);
                if !value_binds.is_empty() {
                    // Keep "key before value": evaluate the key before the value's walruses.
                    let name = internal("key");
                    steps.push(Step::Let(syn::parse_quote!(#name), key));
                    key = syn::parse_quote!(#name);
                }
                steps.extend(value_binds);
                Out::Entry(key, value)
            }
        };
        Some(Plan {
            first,
            steps,
            out,
            first_borrow: None,
        })
    }

    /// Index in `steps` of the last inner `for`; `None` when the first `for`
    /// is the only one.
    pub fn last_for(&self) -> Option<usize> {
        self.steps.iter().rposition(|s| matches!(s, Step::For(_)))
    }

    /// The names bound by the first `for` and by `steps[..upto]`.
    pub fn outer_names(&self, upto: usize) -> Vec<Binding> {
        let mut names = bindings(&self.first.pat);
        for binding in Plan::bound_names(&self.steps[..upto]) {
            names.retain(|old| old.ident != binding.ident);
            names.push(binding);
        }
        names
    }

    /// Whether any step filters (so the size of the result is unknown).
    pub fn filters(steps: &[Step]) -> bool {
        steps
            .iter()
            .any(|s| matches!(s, Step::If(_) | Step::IfLet(..)))
    }

    /// Every expression of the plan, mutably.
    pub fn exprs_mut(steps: &mut [Step]) -> impl Iterator<Item = &mut Expr> {
        steps.iter_mut().filter_map(Step::expr_mut)
    }

    /// The expressions after the first `for`, and the element (with
    /// `first`, the first iterable before them, unless already evaluated).
    fn exprs(&self, first: bool) -> impl Iterator<Item = &Expr> {
        let source = self.first.iter.expr().filter(|_| first);
        let steps = self.steps.iter().filter_map(Step::expr);
        source.into_iter().chain(steps).chain(self.out.exprs())
    }

    /// Whether anything after the first `for`, or the element, awaits
    /// (with `first`, its iterable too).
    pub fn awaits(&self, first: bool) -> bool {
        self.exprs(first).any(|e| contains(e, Operator::Await))
    }

    /// The span of the plan's first `?` of its own, in source order.
    pub fn first_question(&self) -> Option<proc_macro2::Span> {
        first_try(self.exprs(true))
    }

    /// Which of `names` the steps from `from` on, or the element, mention
    /// (see [`mentioned`]).
    pub fn mentioned(&self, from: usize, names: &[Binding]) -> Vec<Ident> {
        let steps = self.steps[from..].iter().filter_map(Step::expr);
        mentioned(steps.chain(self.out.exprs()), names)
            .into_iter()
            .map(|b| b.ident)
            .collect()
    }

    /// The names the steps bind, last binding of each name kept, in order.
    pub fn bound_names(steps: &[Step]) -> Vec<Binding> {
        let mut names: Vec<Binding> = Vec::new();
        for step in steps {
            let new = match step {
                Step::For(ForStep { pat, .. }) | Step::IfLet(pat, _) | Step::Let(pat, _) => {
                    bindings(pat)
                }
                Step::Bind(ident, _) => vec![Binding {
                    mutability: None,
                    ident: ident.clone(),
                }],
                Step::If(_) => continue,
            };
            for binding in new {
                names.retain(|old| old.ident != binding.ident);
                names.push(binding);
            }
        }
        names
    }
}

impl Step {
    /// The step's own expression, unless it is an evaluated iterable.
    pub fn expr(&self) -> Option<&Expr> {
        match self {
            Step::For(f) => f.iter.expr(),
            Step::If(e) | Step::IfLet(_, e) | Step::Let(_, e) | Step::Bind(_, e) => Some(e),
        }
    }

    fn expr_mut(&mut self) -> Option<&mut Expr> {
        match self {
            Step::For(f) => f.iter.expr_mut(),
            Step::If(e) | Step::IfLet(_, e) | Step::Let(_, e) | Step::Bind(_, e) => Some(e),
        }
    }
}

impl Iterable {
    /// The user's expression, unless already evaluated.
    pub fn expr(&self) -> Option<&Expr> {
        match self {
            Iterable::Expr(e) => Some(e),
            Iterable::Ready(_) => None,
        }
    }

    /// The user's expression, mutably, unless already evaluated.
    pub fn expr_mut(&mut self) -> Option<&mut Expr> {
        match self {
            Iterable::Expr(e) => Some(e),
            Iterable::Ready(_) => None,
        }
    }
}

/// The spans of an expression's first and last tokens (a group's closing
/// delimiter when it ends with one).
/// A condition or an `if let` scrutinee with a struct literal outside any
/// delimiters (`*p == Point { x: 1, y: 2 }`), in parentheses: the
/// expansion's `if COND { .. }` would read its braces as the block. A
/// comprehension's clause has no block after it, so Python's habit is
/// fine there.
fn struct_safe(expr: Expr) -> Expr {
    if !struct_outside(&expr) {
        return expr;
    }
    let span = expr.span();
    Expr::Paren(syn::ExprParen {
        attrs: Vec::new(),
        paren_token: syn::token::Paren(span),
        expr: Box::new(expr),
    })
}

/// Whether `expr` has a struct literal outside any delimiters, which the
/// head of an `if` or a `for` reads as its block (see [`struct_safe`]).
pub fn struct_outside(expr: &Expr) -> bool {
    fn exterior(expr: &Expr) -> bool {
        match expr {
            Expr::Struct(_) => true,
            Expr::Binary(e) => exterior(&e.left) || exterior(&e.right),
            Expr::Assign(e) => exterior(&e.left) || exterior(&e.right),
            Expr::Unary(e) => exterior(&e.expr),
            Expr::Cast(e) => exterior(&e.expr),
            Expr::Field(e) => exterior(&e.base),
            Expr::Index(e) => exterior(&e.expr),
            Expr::MethodCall(e) => exterior(&e.receiver),
            Expr::Reference(e) => exterior(&e.expr),
            Expr::Try(e) => exterior(&e.expr),
            Expr::Await(e) => exterior(&e.base),
            Expr::Range(e) => {
                e.start.as_deref().is_some_and(exterior) || e.end.as_deref().is_some_and(exterior)
            }
            _ => false,
        }
    }
    exterior(expr)
}

pub fn ends(expr: &Expr) -> (proc_macro2::Span, proc_macro2::Span) {
    use proc_macro2::TokenTree;
    // A nested display, `$crate::comp!(__comp_nested [..])` after the
    // prepass: its path is the crate's, its `!` and group the display's.
    if let Expr::Macro(nested) = unparen(expr) {
        let marked = matches!(nested.mac.tokens.clone().into_iter().next(),
            Some(TokenTree::Ident(marker)) if marker == crate::names::NESTED_MARKER);
        if marked {
            let display = nested.mac.delimiter.span();
            return (display.open(), display.close());
        }
    }
    let first = expr.span();
    let last = expr
        .to_token_stream()
        .into_iter()
        .last()
        .map_or(first, |tree| match tree {
            TokenTree::Group(group) => group.span_close(),
            tree => tree.span(),
        });
    (first, last)
}

impl Out {
    /// Where the element starts and ends (its first and last tokens; for a
    /// dict the key's first and the value's last): a block whose keyword is
    /// at the first and whose braces are at the last covers, in rustc's
    /// messages, the whole element, as its own expression would by hand.
    pub fn ends(&self) -> (proc_macro2::Span, proc_macro2::Span) {
        let exprs = self.exprs();
        (ends(exprs[0]).0, ends(exprs[exprs.len() - 1]).1)
    }

    /// The element's expressions.
    pub fn exprs(&self) -> Vec<&Expr> {
        match self {
            Out::Value(value) => vec![value],
            Out::Entry(key, value) => vec![key, value],
        }
    }

    /// The element's expressions, mutably.
    pub fn exprs_mut(&mut self) -> Vec<&mut Expr> {
        match self {
            Out::Value(value) => vec![value],
            Out::Entry(key, value) => vec![key, value],
        }
    }

    /// The element as one value: `v`, or the tuple `(k, v)` for a dict.
    pub fn value(&self) -> TokenStream {
        match self {
            Out::Value(value) => quote!(#value),
            Out::Entry(key, value) => quote!((#key, #value)),
        }
    }
}

/// A plain `for`'s iterable in `acomp!`, where a `Stream` is a likely
/// mistake: through `PlainFor`, whose diagnostic says `async for`. A later
/// `for`'s (`inner`) also gets the probe of [`fallible_loop`] (the first
/// iterable's is written where it is evaluated): the iterator `PlainFor`
/// makes of an `Option` hides it from rustc's lint.
///
/// ```text
/// // Before: for x in s      After: for x in { use ..; PlainFor(s).comp_plain_for() }
/// // (inner)                        for x in match { .. } { it => { if false { .. } it } }
/// ```
fn plain_for(comp: &Comprehension, expr: Expr, (pat, is_async): (&Pat, bool), inner: bool) -> Expr {
    if comp.flavor == crate::ast::Flavor::Sync || is_async {
        return expr;
    }
    let krate = &comp.krate;
    let private = quote!(#krate::__private);
    let traits = ["NotPlainIterable", "PlainIterable", "StreamAfterFor"];
    let probe = probed(&private, &expr, "PlainFor", "comp_plain_for", traits);
    let local = internal("plain");
    let fallible = match inner {
        true => fallible_loop(krate, &expr, pat.span(), &local, None),
        false => TokenStream::new(),
    };
    if fallible.is_empty() {
        return syn::parse_quote!(#probe);
    }
    // A `match`: the iterable's temporaries live through the loop.
    syn::parse_quote!(match #probe { #local => { #fallible #local } })
}

/// rustc's `for_loops_over_fallibles` lint for an iterable that is an
/// `Option` or a `Result` (`for n in s.parse::<i64>()`), which a loop over
/// the iterator (`local`) it became cannot see: a loop that never runs,
/// over the iterable's own type (the runtime's `Fallible` gives back
/// `Option<T>` for an `option::IntoIter<T>`, and nothing for other
/// iterators), located on the user's pattern and iterable (`expr`). An
/// iterator the user made explicitly, `t.iter()`, `Option::into_iter(t)`,
/// is of the same type as the one `for` makes of `t`, and is not linted by
/// hand: no probe then.
pub fn fallible_loop(
    krate: &TokenStream,
    expr: &Expr,
    pat: proc_macro2::Span,
    local: &Ident,
    parens: Option<proc_macro2::extra::DelimSpan>,
) -> TokenStream {
    let made_explicitly = callee_name(unparen(expr))
        .is_some_and(|name| ["iter", "iter_mut", "into_iter"].iter().any(|m| name == m));
    if made_explicitly {
        return TokenStream::new();
    }
    // `_`, not the user's pattern: a pattern that does not fit the items
    // would be reported twice.
    let wildcard = quote_spanned!(pat=> _);
    // Over `PAT in EXPR`, not `EXPR` alone: an expression of the iterable's
    // own span would be the one rustc's borrow checker finds there, which
    // then drops its "consider cloning" help for a moved iterable.
    let (first, last) = ends(expr);
    // The user's parentheses around the whole iterable, moved here (see
    // `emit::redundant_parens`): the probe inside is then spanned over
    // what they hold, so that rustc's "remove these parentheses" finds them.
    let (start, end) = match (parens, expr) {
        (Some(_), Expr::Paren(paren)) => ends(&paren.expr),
        _ => (pat, last),
    };
    let method = Ident::new("comp_fallible", end);
    let open = quote_spanned!(start=> (&#krate::__private::Fallible(&#local)));
    let probe = quote_spanned!(end=> #open.#method());
    let probe = match parens {
        Some(span) => {
            let mut group = proc_macro2::Group::new(proc_macro2::Delimiter::Parenthesis, probe);
            group.set_span(span.join());
            quote!(#group)
        }
        None => probe,
    };
    let (for_token, in_token) = (Ident::new("for", pat), Ident::new("in", first));
    quote! {
        if false {
            #[allow(unused_imports)]
            use #krate::__private::{FallibleIter as _, NotFallible as _};
            #[allow(clippy::all)]
            #for_token #wildcard #in_token #probe {}
        }
    }
}

/// `PROBE(expr).METHOD()` through one of the runtime's autoref probes (a
/// wrapper, a trait for the good case and one for `&wrapper`, or also one
/// for `&mut wrapper`, whose bound is the error), spanned on the user's
/// expression so that rustc reports the error there, once, with the traits
/// imported for the call only:
///
/// ```text
/// { use __private::{NotIterates as _, Iterates as _}; __private::ForIn(xs).comp_into_iter() }
/// ```
pub fn probed<const N: usize>(
    private: &TokenStream,
    expr: &Expr,
    probe: &str,
    method: &str,
    traits: [&str; N],
) -> TokenStream {
    let expr = unparen(expr);
    let probe = Ident::new(probe, expr.span());
    let method = Ident::new(method, expr.span());
    let call = quote_spanned!(expr.span()=> #private::#probe(#expr).#method());
    let traits = traits.map(|t| Ident::new(t, proc_macro2::Span::call_site()));
    quote!({
        #[allow(unused_imports)]
        use #private::{#(#traits as _),*};
        #call
    })
}

/// The name of the method `expr` calls (`line.split(',')`: `split`), or of
/// the function it calls by path (`std::env::args()`: `args`).
pub fn callee_name(expr: &Expr) -> Option<&Ident> {
    match expr {
        Expr::MethodCall(call) => Some(&call.method),
        Expr::Call(call) => match &*call.func {
            Expr::Path(path) => path.path.segments.last().map(|segment| &segment.ident),
            _ => None,
        },
        _ => None,
    }
}

/// The user's expression inside a [`probed`] call, `{ use ..;
/// PROBE(expr).METHOD() }` (any other expression as it is): what the probe
/// stands for, whose spans and shape rustc's lints are about.
pub fn unprobed(expr: &Expr) -> &Expr {
    let Expr::Block(block) = expr else {
        return expr;
    };
    match block.block.stmts.last() {
        Some(syn::Stmt::Expr(Expr::MethodCall(call), None)) => match &*call.receiver {
            Expr::Call(probe) if probe.args.len() == 1 => &probe.args[0],
            _ => expr,
        },
        _ => expr,
    }
}

/// The element without the parentheses around it (`comp![(x) for x in xs]`):
/// it becomes an argument or a block's value, which needs none, and
/// `unused_parens` would warn about the user's tokens otherwise. A walrus
/// keeps them (they are its syntax).
fn without_parens(expr: &Expr) -> Expr {
    match expr {
        Expr::Paren(paren) if paren.attrs.is_empty() && walrus::parts(&paren.expr).is_none() => {
            without_parens(&paren.expr)
        }
        _ => expr.clone(),
    }
}

/// Replaces each walrus in `expr` by its name and returns the bindings, inner
/// ones first (they are evaluated first).
fn hoist_walruses(expr: &mut Expr) -> Vec<Step> {
    struct Hoist(Vec<Step>);
    impl VisitMut for Hoist {
        fn visit_expr_mut(&mut self, expr: &mut Expr) {
            // `(y := e)` as a whole becomes `y`, without parentheses.
            if let Expr::Paren(paren) = expr {
                if walrus::parts(&paren.expr).is_some() {
                    *expr = (*paren.expr).clone();
                }
            }
            if let Some((target, value)) = walrus::parts(expr) {
                let (target, mut value) = (target.clone(), value.clone());
                self.visit_expr_mut(&mut value);
                self.0.push(Step::Bind(target.clone(), value));
                *expr = syn::parse_quote!(#target);
                return;
            }
            // Where a walrus would not always run (`rules::guard`), it is an
            // error (see check.rs); the fallback keeps it as a plain value,
            // except on the right of `&&`/`||`, whose operand sees only
            // what the left one does: there it is bound all the same, so
            // that its uses elsewhere (the element) are not errors too.
            match (rules::guard(expr), expr) {
                (Guard::RightOperand(_), Expr::Binary(node)) => {
                    self.visit_expr_mut(&mut node.left);
                    self.visit_expr_mut(&mut node.right);
                }
                (Guard::Branches(_), Expr::If(node)) => {
                    self.visit_expr_mut(&mut node.cond);
                    UnwrapWalrus.visit_block_mut(&mut node.then_branch);
                    if let Some((_, otherwise)) = &mut node.else_branch {
                        UnwrapWalrus.visit_expr_mut(otherwise);
                    }
                }
                (Guard::Branches(_), Expr::Match(node)) => {
                    self.visit_expr_mut(&mut node.expr);
                    node.arms
                        .iter_mut()
                        .for_each(|arm| UnwrapWalrus.visit_arm_mut(arm));
                }
                (Guard::Inside(_), expr) => UnwrapWalrus.visit_expr_mut(expr),
                (_, expr) => syn::visit_mut::visit_expr_mut(self, expr),
            }
        }
        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            UnwrapWalrus.visit_block_mut(block);
        }
    }
    let mut hoist = Hoist(Vec::new());
    hoist.visit_expr_mut(expr);
    hoist.0
}

/// Replaces each walrus by its value, for positions where it is an error.
struct UnwrapWalrus;

impl UnwrapWalrus {
    /// A whole expression (an iterable, a block's value): `(y := e)` as a
    /// whole becomes `e`, without the walrus's parentheses, which
    /// `unused_parens` would report there. (As an operand, `(y := e) > 2`,
    /// they stay: a lint's suggestion around the operand would cut them.)
    fn unwrap_whole(expr: &mut Expr) {
        if let Expr::Paren(paren) = expr {
            if walrus::parts(&paren.expr).is_some() {
                *expr = (*paren.expr).clone();
            }
        }
        UnwrapWalrus.visit_expr_mut(expr);
    }
}

impl VisitMut for UnwrapWalrus {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Some((_, value)) = walrus::parts(expr) {
            *expr = value.clone();
        }
        // A closure's whole body, `|v| (last := v * f)`, as a block's value.
        if let Expr::Closure(closure) = expr {
            UnwrapWalrus::unwrap_whole(&mut closure.body);
            return;
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }

    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        for stmt in &mut block.stmts {
            match stmt {
                syn::Stmt::Expr(value, None) => UnwrapWalrus::unwrap_whole(value),
                other => syn::visit_mut::visit_stmt_mut(self, other),
            }
        }
    }
}

/// An iterable without the parentheses the macro's grammar needs around an
/// open range before a clause (`for x in (0..) if ..`), where a loop head
/// or an argument does not: `unused_parens` would warn about the user's
/// tokens otherwise. Other parentheses stay: `for i in (0..n)` warns as
/// the same loop written by hand does.
pub fn unparen(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(paren) if matches!(&*paren.expr, Expr::Range(range) if range.end.is_none()) => {
            &paren.expr
        }
        _ => expr,
    }
}
