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
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{Expr, Pat};

use crate::ast::{Clause, Comprehension, Element};
use crate::names::{bindings, internal, Binding};
use crate::walrus;

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
}

impl Plan {
    /// Lowers the clauses and the element. `None` when the comprehension has
    /// no first `for` (the parser never makes one).
    pub fn new(c: &Comprehension) -> Option<Plan> {
        let (Clause::For(f), rest) = c.clauses.split_first()? else {
            return None;
        };
        // A walrus cannot stand in an iterable (`check` rejects it); in the
        // fallback next to that error, it stands for its value.
        let mut iter = f.iter.clone();
        UnwrapWalrus.visit_expr_mut(&mut iter);
        let first = ForStep {
            pat: f.pat.clone(),
            iter: Iterable::Expr(plain_for(c, iter, f.is_async())),
            is_async: f.is_async(),
        };
        let mut steps = Vec::new();
        for clause in rest {
            let mut expr = clause.expr().clone();
            steps.extend(hoist_walruses(&mut expr));
            steps.push(match clause {
                Clause::For(f) => Step::For(ForStep {
                    pat: f.pat.clone(),
                    iter: Iterable::Expr(plain_for(c, expr, f.is_async())),
                    is_async: f.is_async(),
                }),
                Clause::If(_) => Step::If(expr),
                Clause::IfLet(pat, _) => Step::IfLet(pat.clone(), expr),
                Clause::Let(pat, _) => Step::Let(pat.clone(), expr),
            });
        }
        let out = match &c.element {
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
        Some(Plan { first, steps, out })
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

    /// Whether anything after the first `for`, or the element, awaits
    /// (with `first`, its iterable too).
    pub fn awaits(&self, first: bool) -> bool {
        let source = self.first.iter.expr().filter(|_| first);
        let steps = self.steps.iter().filter_map(Step::expr);
        source
            .into_iter()
            .chain(steps)
            .chain(self.out.exprs())
            .any(|e| contains(e, Operator::Await))
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

impl Out {
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

/// Which of `names` the expressions `exprs` mention: every identifier of
/// their tokens (macro arguments included) that is not a field or method
/// name. A name only shadowed there counts too, which is harmless: it is
/// taken where it is not needed.
pub fn mentioned<'a>(exprs: impl IntoIterator<Item = &'a Expr>, names: &[Binding]) -> Vec<Binding> {
    let mut seen = std::collections::HashSet::new();
    for expr in exprs {
        collect_idents(expr.to_token_stream(), &mut seen);
    }
    names
        .iter()
        .filter(|b| seen.contains(&b.ident.to_string()))
        .cloned()
        .collect()
}

/// Every identifier in `tokens` that is not right after a `.`.
fn collect_idents(tokens: TokenStream, seen: &mut std::collections::HashSet<String>) {
    let mut after_dot = false;
    for tree in tokens {
        match &tree {
            proc_macro2::TokenTree::Ident(ident) if !after_dot => {
                seen.insert(ident.to_string());
            }
            proc_macro2::TokenTree::Group(group) => collect_idents(group.stream(), seen),
            // `format!("{name}")` uses `name` too.
            proc_macro2::TokenTree::Literal(literal) => {
                if let Ok(syn::Lit::Str(text)) = syn::parse2(literal.to_token_stream()) {
                    seen.extend(inline_format_args(&text.value()));
                }
            }
            _ => {}
        }
        after_dot = matches!(&tree, proc_macro2::TokenTree::Punct(p) if p.as_char() == '.');
    }
}

/// The names a format string captures: `x` in `"{x}"` and `"{x:>4}"`.
fn inline_format_args(text: &str) -> Vec<String> {
    text.split('{')
        .skip(1)
        .filter_map(|part| part.split(['}', ':']).next())
        .filter(|name| syn::parse_str::<Ident>(name).is_ok())
        .map(str::to_string)
        .collect()
}

/// A plain `for`'s iterable in `acomp!`, where a `Stream` is a likely
/// mistake: through `PlainFor`, whose diagnostic says `async for`.
///
/// ```text
/// // Before: for x in s      After: for x in { use ..; PlainFor(s).comp_plain_for() }
/// ```
fn plain_for(c: &Comprehension, expr: Expr, is_async: bool) -> Expr {
    if c.flavor == crate::ast::Flavor::Sync || is_async {
        return expr;
    }
    let p = &c.krate;
    let expr = unparen(&expr);
    let method = Ident::new("comp_plain_for", expr.span());
    let call = quote_spanned!(expr.span()=> #p::__private::PlainFor(#expr).#method());
    syn::parse_quote! {
        {
            #[allow(unused_imports)]
            use #p::__private::{NotPlainIterable as _, PlainIterable as _};
            #call
        }
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
            syn::visit_mut::visit_expr_mut(self, expr);
        }
        // Where a walrus would not always run, it is an error (see
        // check.rs); the fallback expansion keeps it as a plain value there.
        fn visit_expr_closure_mut(&mut self, node: &mut syn::ExprClosure) {
            UnwrapWalrus.visit_expr_closure_mut(node);
        }
        fn visit_expr_async_mut(&mut self, node: &mut syn::ExprAsync) {
            UnwrapWalrus.visit_expr_async_mut(node);
        }
        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            UnwrapWalrus.visit_block_mut(block);
        }
        fn visit_expr_if_mut(&mut self, node: &mut syn::ExprIf) {
            self.visit_expr_mut(&mut node.cond);
            UnwrapWalrus.visit_block_mut(&mut node.then_branch);
            if let Some((_, otherwise)) = &mut node.else_branch {
                UnwrapWalrus.visit_expr_mut(otherwise);
            }
        }
        fn visit_expr_match_mut(&mut self, node: &mut syn::ExprMatch) {
            self.visit_expr_mut(&mut node.expr);
            node.arms
                .iter_mut()
                .for_each(|arm| UnwrapWalrus.visit_arm_mut(arm));
        }
        fn visit_expr_binary_mut(&mut self, node: &mut syn::ExprBinary) {
            self.visit_expr_mut(&mut node.left);
            if matches!(node.op, syn::BinOp::And(_) | syn::BinOp::Or(_)) {
                UnwrapWalrus.visit_expr_mut(&mut node.right);
            } else {
                self.visit_expr_mut(&mut node.right);
            }
        }
    }
    let mut hoist = Hoist(Vec::new());
    hoist.visit_expr_mut(expr);
    hoist.0
}

/// Replaces each walrus by its value, for positions where it is an error.
struct UnwrapWalrus;

impl VisitMut for UnwrapWalrus {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Some((_, value)) = walrus::parts(expr) {
            *expr = value.clone();
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

/// Rewrites every `expr?` that belongs to the comprehension (not those in a
/// nested closure, async block or item) into a match on `branch`:
///
/// ```text
/// // Before: f(x)?
/// // After:  match BRANCH(f(x)) {
/// //             ControlFlow::Continue(__comp_value) => __comp_value,
/// //             ControlFlow::Break(__comp_residual) => ON_FAIL,
/// //         }
/// ```
///
/// `on_fail` is given the residual's name and writes `ON_FAIL`.
pub fn rewrite_try(expr: &mut Expr, krate: &TokenStream, branch: &Branch, on_fail: OnFail) {
    struct Rewrite<'a> {
        krate: &'a TokenStream,
        branch: &'a Branch,
        on_fail: OnFail<'a>,
    }
    impl VisitMut for Rewrite<'_> {
        fn visit_expr_mut(&mut self, expr: &mut Expr) {
            syn::visit_mut::visit_expr_mut(self, expr);
            if let Expr::Try(node) = expr {
                // Our tokens report at the user's `?`, where a type error
                // in them belongs.
                let at = node.question_token.span();
                let (value, residual) = (internal("value"), internal("residual"));
                let (krate, on_fail) = (self.krate, located((self.on_fail)(&residual), at));
                let call = self.branch.call(&node.expr, at);
                *expr = syn::parse_quote_spanned! {node.question_token.span()=>
                    match #call {
                        #krate::__private::ControlFlow::Continue(#value) => #value,
                        #krate::__private::ControlFlow::Break(#residual) => #on_fail,
                    }
                };
            }
        }
        fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
            if let Some(mut args) = macro_args(mac) {
                if args.iter().any(|arg| contains(arg, Operator::Try)) {
                    args.iter_mut().for_each(|arg| self.visit_expr_mut(arg));
                    mac.tokens = args.to_token_stream();
                }
            }
        }
        fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
        fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
        fn visit_item_mut(&mut self, _: &mut syn::Item) {}
    }
    Rewrite {
        krate,
        branch,
        on_fail,
    }
    .visit_expr_mut(expr);
}

/// The arguments of a macro call whose input is a comma-separated list of
/// expressions (`format!`, `vec!`, `assert_eq!`...), where a `?` belongs to
/// the comprehension as it would anywhere else. An inner `comp!`/`acomp!`
/// is a comprehension of its own, and other inputs are left as written.
fn macro_args(mac: &syn::Macro) -> Option<Punctuated<Expr, syn::Token![,]>> {
    let name = &mac.path.segments.last()?.ident;
    if name == "comp" || name == "acomp" {
        return None;
    }
    mac.parse_body_with(Punctuated::parse_terminated).ok()
}

/// What a failing `?` does, given the name its residual is bound to.
pub type OnFail<'a> = &'a dyn Fn(&Ident) -> TokenStream;

/// How a `?` splits its value: `Try::branch(v)`, or `scope.branch(v)`
/// where one scope ties every `?` of an eager comprehension to one residual
/// type (so that a second error type is reported on its own operand).
pub struct Branch {
    path: TokenStream,
}

impl Branch {
    /// `Try::branch(v)`
    pub fn plain(krate: &TokenStream) -> Branch {
        Branch {
            path: quote!(#krate::__private::Try::branch),
        }
    }

    /// `scope.branch(v)` (a by-value inherent method: no user trait takes it over)
    pub fn scoped(scope: &Ident) -> Branch {
        Branch {
            path: quote!(#scope.branch),
        }
    }

    fn call(&self, value: &Expr, at: proc_macro2::Span) -> TokenStream {
        let path = located(self.path.clone(), at);
        quote!(#path(#value))
    }
}

/// `tokens` reported at `at`, each keeping its own name resolution (so a
/// `$crate` still resolves, and internal names stay hygienic).
fn located(tokens: TokenStream, at: proc_macro2::Span) -> TokenStream {
    use proc_macro2::{Group, TokenTree};
    tokens
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut inner = Group::new(group.delimiter(), located(group.stream(), at));
                inner.set_span(group.span().located_at(at));
                return TokenTree::Group(inner);
            }
            tree.set_span(tree.span().located_at(at));
            tree
        })
        .collect()
}

/// Whether `expr` has a `?` or an `.await` of its own (see [`rewrite_try`]).
pub fn contains(expr: &Expr, what: Operator) -> bool {
    struct Find(Operator, bool);
    impl<'ast> Visit<'ast> for Find {
        fn visit_expr_try(&mut self, node: &'ast syn::ExprTry) {
            self.1 |= self.0 == Operator::Try;
            syn::visit::visit_expr_try(self, node);
        }
        fn visit_expr_await(&mut self, node: &'ast syn::ExprAwait) {
            self.1 |= self.0 == Operator::Await;
            syn::visit::visit_expr_await(self, node);
        }
        fn visit_macro(&mut self, mac: &'ast syn::Macro) {
            if let Some(args) = macro_args(mac) {
                self.1 |= args.iter().any(|arg| contains(arg, self.0));
            }
            self.1 |= self.0 == Operator::Await && is_eager_acomp(mac);
        }
        fn visit_expr_closure(&mut self, _: &'ast syn::ExprClosure) {}
        fn visit_expr_async(&mut self, _: &'ast syn::ExprAsync) {}
        fn visit_item(&mut self, _: &'ast syn::Item) {}
    }
    let mut find = Find(what, false);
    find.visit_expr(expr);
    find.1
}

/// An inner `acomp!` that is not lazy (a list, set, dict or bare form, as a
/// nested display inside `acomp!` becomes when it awaits) is awaited in place:
/// whatever holds it awaits.
fn is_eager_acomp(mac: &syn::Macro) -> bool {
    let is_acomp = mac.path.segments.last().is_some_and(|s| s.ident == "acomp");
    let mut trees = mac.tokens.clone().into_iter().peekable();
    if matches!(trees.peek(), Some(proc_macro2::TokenTree::Ident(m)) if m == "move") {
        trees.next();
    }
    let lazy = matches!(trees.next(), Some(proc_macro2::TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Parenthesis)
        && matches!(trees.next(), None | Some(proc_macro2::TokenTree::Punct(_)));
    is_acomp && !lazy
}

/// The operators [`contains`] looks for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    /// `?`
    Try,
    /// `.await` (or prefix `await`)
    Await,
}

/// Whether the comprehension uses `?` anywhere of its own.
pub fn is_fallible(c: &Comprehension) -> bool {
    let element: Vec<&Expr> = match &c.element {
        Element::Value(value) => vec![value],
        Element::Entry { key, value } => vec![key, value],
    };
    c.clauses
        .iter()
        .map(Clause::expr)
        .chain(element)
        .any(|e| contains(e, Operator::Try))
}

/// `IntoIterator::into_iter(expr)` spanned on the user's expression.
pub fn into_iter(krate: &TokenStream, expr: &Expr) -> TokenStream {
    let expr = unparen(expr);
    quote_spanned!(expr.span()=> #krate::__private::IntoIterator::into_iter(#expr))
}

/// `into_stream(expr)` spanned on the user's expression, so that a
/// non-stream is reported on it.
pub fn into_stream(krate: &TokenStream, expr: &Expr) -> TokenStream {
    let expr = unparen(expr);
    quote_spanned!(expr.span()=> #krate::__private::into_stream(#expr))
}

/// An iterable without the parentheses the macro's grammar needed
/// (`for x in (0..) if ..`) where a loop head or an argument does not: the
/// compiler's `unused_parens` would warn about the user's tokens otherwise.
pub fn unparen(expr: &Expr) -> &Expr {
    use syn::Expr::{Call, Field, Index, Lit, Macro, MethodCall, Path, Range, Reference};
    match expr {
        Expr::Paren(paren)
            if matches!(
                &*paren.expr,
                Call(_)
                    | Field(_)
                    | Index(_)
                    | Lit(_)
                    | Macro(_)
                    | MethodCall(_)
                    | Path(_)
                    | Range(_)
                    | Reference(_)
            ) =>
        {
            &paren.expr
        }
        _ => expr,
    }
}

/// For the fallback expansion next to an error: `return`, `yield`, and
/// `break`/`continue` outside a loop of their own become `loop {}` (which
/// has their type, `!`), so that the error that reported them is the only one.
pub fn neutralize_control_flow(expr: &mut Expr) {
    struct Neutralize(usize);
    impl VisitMut for Neutralize {
        fn visit_expr_mut(&mut self, expr: &mut Expr) {
            let escapes = match expr {
                Expr::Return(_) | Expr::Yield(_) => true,
                Expr::Break(_) | Expr::Continue(_) => self.0 == 0,
                Expr::Loop(_) | Expr::While(_) | Expr::ForLoop(_) => {
                    self.0 += 1;
                    syn::visit_mut::visit_expr_mut(self, expr);
                    self.0 -= 1;
                    return;
                }
                _ => false,
            };
            if escapes {
                *expr = syn::parse_quote!(loop {});
            } else {
                syn::visit_mut::visit_expr_mut(self, expr);
            }
        }
        fn visit_expr_closure_mut(&mut self, _: &mut syn::ExprClosure) {}
        fn visit_expr_async_mut(&mut self, _: &mut syn::ExprAsync) {}
        fn visit_item_mut(&mut self, _: &mut syn::Item) {}
    }
    Neutralize(0).visit_expr_mut(expr);
}

/// Removes `mut` from the bindings named `names` in the patterns of `steps`
/// (and of `first`, if given):
/// their values are moved elsewhere (see `emit::item_future`), where `mut` goes.
pub fn strip_mut(first: Option<&mut ForStep>, steps: &mut [Step], names: &[Binding]) {
    struct Strip<'a>(&'a [Binding]);
    impl VisitMut for Strip<'_> {
        fn visit_pat_ident_mut(&mut self, pat: &mut syn::PatIdent) {
            if pat.by_ref.is_none() && self.0.iter().any(|b| b.ident == pat.ident) {
                pat.mutability = None;
            }
            syn::visit_mut::visit_pat_ident_mut(self, pat);
        }
    }
    if let Some(first) = first {
        Strip(names).visit_pat_mut(&mut first.pat);
    }
    for step in steps {
        if let Step::For(ForStep { pat, .. }) | Step::IfLet(pat, _) | Step::Let(pat, _) = step {
            Strip(names).visit_pat_mut(pat);
        }
    }
}
