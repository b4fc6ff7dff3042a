//! mistake: normalised emails with Python's `.strip().lower()`
//! offending: strip
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

struct Contact {
    email: String,
    opted_in: bool,
}

fn main() {
    let contacts = vec![
        Contact { email: "  Ana@Example.com ".into(), opted_in: true },
        Contact { email: "ana@example.com".into(), opted_in: true },
        Contact { email: "BO@example.com".into(), opted_in: false },
    ];
    // Python: audience = {c.email.strip().lower() for c in contacts if c.opted_in}
    let audience: HashSet<String> = comp!({c.email.strip().lower() for c in &contacts if c.opted_in});
    println!("{} unique opted-in addresses", audience.len());
}
