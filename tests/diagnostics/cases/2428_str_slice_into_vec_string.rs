//! mistake: collected `&str` course codes into a `Vec<String>`
//! offending: c.code.as_str()
//! category: type
use comprehensions::comp;

struct Course {
    code: String,
    credits: u8,
}

fn main() {
    let catalog = vec![
        Course { code: "MATH-201".into(), credits: 4 },
        Course { code: "HIST-110".into(), credits: 3 },
    ];
    let four_credit: Vec<String> = comp![c.code.as_str() for c in &catalog if c.credits == 4];
    println!("{four_credit:?}");
}
