//! mistake: joined module path segments with Python's `".".join(parts)`
//! offending: ".".join(&m.segments)
//! category: python-habit
use comprehensions::comp;

struct ModulePath {
    segments: Vec<String>,
}

fn main() {
    let imports = vec![
        ModulePath { segments: vec!["std".into(), "collections".into()] },
        ModulePath { segments: vec!["crate".into(), "lexer".into(), "token".into()] },
    ];
    let qualified: Vec<String> = comp![".".join(&m.segments) for m in &imports];
    println!("{qualified:?}");
}
