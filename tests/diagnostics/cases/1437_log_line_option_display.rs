//! mistake: an `Option<String>` column formatted with `{}` in a log line, as an f-string prints `None`
//! offending: r.email
//! category: type
use comprehensions::comp;

struct Row {
    name: String,
    email: Option<String>,
}

fn main() {
    let rows = vec![Row { name: "ana".into(), email: Some("ana@example.com".into()) }, Row { name: "bo".into(), email: None }];
    let lines: Vec<String> = comp![format!("user {} <{}>", r.name, r.email) for r in &rows];
    println!("{}", lines.join("\n"));
}
