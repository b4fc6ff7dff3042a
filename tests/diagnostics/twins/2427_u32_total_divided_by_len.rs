//! mistake: divided a `u32` point total by `Vec::len()` (a `usize`) to average homework
//! offending: s.homework.len()
//! category: type
struct Student {
    name: &'static str,
    homework: Vec<u32>,
}

fn main() {
    let students = vec![
        Student { name: "Sami", homework: vec![9, 10, 8] },
        Student { name: "Tess", homework: vec![7, 6, 10, 9] },
    ];
    let mut averages = Vec::new();
    for s in &students {
        let total: u32 = s.homework.iter().sum();
        averages.push((s.name, total / s.homework.len()));
    }
    println!("{averages:?}");
}
