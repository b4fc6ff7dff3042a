//! mistake: an `Option<String>` column formatted with `{}` in a log line, as an f-string prints `None`
//! offending: r.email
//! category: type
struct Row {
    name: String,
    email: Option<String>,
}

fn main() {
    let rows = vec![Row { name: "ana".into(), email: Some("ana@example.com".into()) }, Row { name: "bo".into(), email: None }];
    let mut lines: Vec<String> = Vec::new();
    for r in &rows {
        lines.push(format!("user {} <{}>", r.name, r.email));
    }
    println!("{}", lines.join("\n"));
}
