//! mistake: compared an `Option<String>` registry field directly with a string literal
//! offending: s.registry == "crates-io"
//! category: type
use comprehensions::comp;

struct Source {
    name: String,
    registry: Option<String>,
    optional: Option<bool>,
}

fn sources() -> Vec<Source> {
    vec![
        Source { name: "tokio".into(), registry: Some("crates-io".into()), optional: None },
        Source { name: "corp-auth".into(), registry: None, optional: Some(true) },
    ]
}

fn main() {
    let srcs = sources();
    let public: Vec<&str> = comp![s.name.as_str() for s in &srcs if s.registry == "crates-io"];
    println!("{public:?} {:?}", srcs[0].optional);
}
