//! mistake: `let n = e.name` over `&staff` moves the `String` field out of a borrowed struct (hand-written)
struct Employee {
    name: String,
    dept: String,
}

fn main() {
    let staff = vec![
        Employee { name: "Ann".to_string(), dept: "ops".to_string() },
        Employee { name: "Bo".to_string(), dept: "dev".to_string() },
    ];
    let mut tagged = Vec::new();
    for e in &staff {
        let n = e.name;
        tagged.push(format!("{n} ({})", e.dept));
    }
    println!("{tagged:?} {}", staff.len());
}
