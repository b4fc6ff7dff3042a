//! mistake: Python's `lambda req: ...` in a dict-building loop (hand-written)
use std::collections::HashMap;

fn render(page: &str, req: &str) -> String {
    format!("{page}:{req}")
}

fn main() {
    let pages = vec!["home", "about"];
    let mut routes: HashMap<&str, Box<dyn Fn(&str) -> String>> = HashMap::new();
    for p in pages {
        routes.insert(p, Box::new(lambda req: render(p, req)));
    }
    println!("{}", routes["home"]("GET"));
}
