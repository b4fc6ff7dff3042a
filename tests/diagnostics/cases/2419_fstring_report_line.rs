//! mistake: built each report-card line with a Python f-string
//! offending: f"{s.name}: {s.letter}"
//! category: python-habit
use comprehensions::comp;

struct Grade {
    name: String,
    letter: char,
}

fn main() {
    let grades = vec![
        Grade { name: "Farah".into(), letter: 'A' },
        Grade { name: "Gus".into(), letter: 'C' },
    ];
    let lines: Vec<String> = comp![f"{s.name}: {s.letter}" for s in &grades];
    println!("{}", lines.join("\n"));
}
