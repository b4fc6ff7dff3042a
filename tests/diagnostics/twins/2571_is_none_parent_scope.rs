//! mistake: tested for the global scope with Python's `is None`
//! offending: s.parent is None
//! category: python-habit
struct Scope {
    name: String,
    parent: Option<usize>,
}

fn main() {
    let scopes = vec![
        Scope { name: "<module>".into(), parent: None },
        Scope { name: "main".into(), parent: Some(0) },
        Scope { name: "<lambda>".into(), parent: Some(1) },
    ];
    let roots: Vec<_> = scopes.iter().filter(|s| s.parent is None).map(|s| &s.name).collect();
    println!("{roots:?}");
}
