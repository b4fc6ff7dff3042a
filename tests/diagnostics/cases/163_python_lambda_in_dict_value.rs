//! mistake: Python's `lambda req: ...` as a dict comprehension value (a route table of handlers)
//! offending: lambda
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn render(page: &str, req: &str) -> String {
    format!("{page}:{req}")
}

fn main() {
    let pages = vec!["home", "about"];
    let routes: HashMap<&str, Box<dyn Fn(&str) -> String>> =
        comp!({p: Box::new(lambda req: render(p, req)) for p in pages});
    println!("{}", routes["home"]("GET"));
}
