//! mistake: formatted each scoreboard line with a Python f-string
//! offending: f"{name}: {score} pts"
//! category: python-habit
fn main() {
    let board = vec![("ana".to_string(), 1200u32), ("bo".to_string(), 950), ("cy".to_string(), 700)];
    let lines: Vec<String> = board.iter().map(|(name, score)| f"{name}: {score} pts").collect();
    for line in &lines {
        println!("{line}");
    }
}
