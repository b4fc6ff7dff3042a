//! mistake: summing a filter's booleans as Python does (`sum(x > 0 for ..)`) (hand-written)
//! offending: Iterator::sum::<u32>
fn main() {
    let days = vec![vec![3, -1, 2], vec![-5, -2, 0]];
    let mut positives = Vec::new();
    for day in &days {
        positives.push(Iterator::sum::<u32>(day.iter().map(|t| *t > 0)));
    }
    println!("{positives:?}");
}
