//! mistake: writes a Python f-string's `{r.name}` field access inside `format!`, which only takes plain names
//! offending: {r.name}
//! category: python-habit
struct Invoice {
    name: String,
    total: f64,
}

fn main() {
    let rows = vec![
        Invoice { name: "acme".to_string(), total: 12.5 },
        Invoice { name: "globex".to_string(), total: 99.0 },
    ];
    let lines: Vec<String> = rows.iter().map(|r| format!("{r.name}: {}", r.total)).collect();
    println!("{}", lines.join("\n"));
}
