//! mistake: paired cue-sheet titles with offsets through Python's builtin `zip(..)`, not in scope in Rust
//! offending: zip
//! category: python-habit
use comprehensions::comp;

fn main() {
    let titles = vec!["Intro", "So What", "Freddie Freeloader"];
    let offsets_secs = vec![0u32, 42, 587];
    let cue: Vec<String> = comp![format!("INDEX {:02}:{:02} {}", s / 60, s % 60, title) for title, s in zip(&titles, &offsets_secs)];
    println!("{}", cue.join("\n"));
}
