//! mistake: paired cue-sheet titles with offsets through Python's builtin `zip(..)`, not in scope in Rust
//! offending: zip
//! category: python-habit
fn main() {
    let titles = vec!["Intro", "So What", "Freddie Freeloader"];
    let offsets_secs = vec![0u32, 42, 587];
    let mut cue: Vec<String> = Vec::new();
    for (title, s) in zip(&titles, &offsets_secs) {
        cue.push(format!("INDEX {:02}:{:02} {}", s / 60, s % 60, title));
    }
    println!("{}", cue.join("\n"));
}
