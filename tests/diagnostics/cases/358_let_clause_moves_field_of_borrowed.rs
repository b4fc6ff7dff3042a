//! mistake: a `let n = e.name` clause over `&staff` moves the `String` field out of a borrowed struct
//! offending: e.name
//! category: ownership
use comprehensions::comp;

struct Employee {
    name: String,
    dept: String,
}

fn main() {
    let staff = vec![
        Employee { name: "Ann".to_string(), dept: "ops".to_string() },
        Employee { name: "Bo".to_string(), dept: "dev".to_string() },
    ];
    let tagged = comp![format!("{n} ({})", e.dept) for e in &staff let n = e.name];
    println!("{tagged:?} {}", staff.len());
}
