//! mistake: compared an `Option<String>` registry field directly with a string literal
//! offending: s.registry == "crates-io"
//! category: type
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
    let public: Vec<&str> = srcs.iter().filter(|s| s.registry == "crates-io").map(|s| s.name.as_str()).collect();
    println!("{public:?} {:?}", srcs[0].optional);
}
