//! mistake: writes a Python f-string's `{r.name}` field access inside `format!`, which only takes plain names
//! offending: {r.name}
//! category: python-habit
use comprehensions::comp;

struct Invoice {
    name: String,
    total: f64,
}

fn main() {
    let rows = vec![
        Invoice { name: "acme".to_string(), total: 12.5 },
        Invoice { name: "globex".to_string(), total: 99.0 },
    ];
    let lines = comp![format!("{r.name}: {}", r.total) for r in &rows];
    println!("{}", lines.join("\n"));
}
