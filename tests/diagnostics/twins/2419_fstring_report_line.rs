//! mistake: built each report-card line with a Python f-string
//! offending: f"{s.name}: {s.letter}"
//! category: python-habit
struct Grade {
    name: String,
    letter: char,
}

fn main() {
    let grades = vec![
        Grade { name: "Farah".into(), letter: 'A' },
        Grade { name: "Gus".into(), letter: 'C' },
    ];
    let lines: Vec<String> = grades.iter().map(|s| f"{s.name}: {s.letter}").collect();
    println!("{}", lines.join("\n"));
}
