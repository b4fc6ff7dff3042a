//! mistake: Python's enumerate(xs) builtin instead of xs.iter().enumerate()
//! offending: enumerate(&titles)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let titles = vec!["Intro", "Setup", "Usage"];
    let toc = comp![format!("{}. {}", i + 1, t) for (i, t) in enumerate(&titles)];
    println!("{}", toc.join("\n"));
}
