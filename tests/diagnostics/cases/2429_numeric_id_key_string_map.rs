//! mistake: keyed a `HashMap<String, f64>` GPA lookup by the numeric student id
//! offending: s.id
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Student {
    id: u32,
    gpa: f64,
}

fn main() {
    let students = vec![Student { id: 3301, gpa: 3.4 }, Student { id: 3302, gpa: 2.9 }];
    let gpa_by_id: HashMap<String, f64> = comp!({s.id: s.gpa for s in &students});
    println!("{:?}", gpa_by_id.get("3301"));
}
