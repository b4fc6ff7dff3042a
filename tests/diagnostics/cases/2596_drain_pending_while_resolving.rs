//! mistake: drained the innermost scope's pending names while resolving them against the whole scope stack
//! offending: &scopes
//! category: ownership
use comprehensions::comp;

struct Scope {
    defined: Vec<String>,
    pending: Vec<String>,
}

fn resolve(scopes: &[Scope], name: &str) -> Option<usize> {
    scopes.iter().rposition(|s| s.defined.iter().any(|d| d == name))
}

fn main() {
    let mut scopes = vec![
        Scope { defined: vec!["print".into()], pending: vec![] },
        Scope { defined: vec!["n".into()], pending: vec!["n".into(), "print".into(), "undefined".into()] },
    ];
    let resolved = comp![(resolve(&scopes, &name), name) for name in scopes.last_mut().unwrap().pending.drain(..)];
    println!("{resolved:?}");
}
