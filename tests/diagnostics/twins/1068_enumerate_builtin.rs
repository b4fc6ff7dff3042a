//! mistake: Python's enumerate(xs) builtin instead of xs.iter().enumerate()
//! offending: enumerate(&titles)
//! category: python-habit
fn main() {
    let titles = vec!["Intro", "Setup", "Usage"];
    let toc: Vec<String> = enumerate(&titles).map(|(i, t)| format!("{}. {}", i + 1, t)).collect();
    println!("{}", toc.join("\n"));
}
