//! mistake: Python f-string pasted as the element of a list comprehension
//! offending: f"{name}: {score}"
//! category: python-habit
fn main() {
    let rows = vec![("ann".to_string(), 91), ("bob".to_string(), 78)];
    let lines: Vec<_> = rows.iter().map(|(name, score)| f"{name}: {score}").collect();
    for l in &lines {
        println!("{l}");
    }
}
