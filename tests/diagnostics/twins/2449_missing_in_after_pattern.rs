//! mistake: left out `in` between the loop variable and the roster
//! offending: &students
//! category: syntax
struct Student {
    name: &'static str,
    grade_level: u8,
}

fn main() {
    let students = vec![Student { name: "Yara", grade_level: 12 }, Student { name: "Zev", grade_level: 11 }];
    let mut seniors = Vec::new();
    for s &students {
        if s.grade_level == 12 {
            seniors.push(s.name);
        }
    }
    println!("{seniors:?}");
}
