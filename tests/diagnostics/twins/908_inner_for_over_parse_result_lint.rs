//! mistake: an inner `for` over a `Result` (`for n in w.parse::<u32>()`), Python's loop over a one-item list
//! offending: w.parse::<u32>()
//! category: lint
fn main() {
    let lines = vec!["1 2 x", "30"];
    let mut nums = Vec::new();
    for line in &lines {
        for w in line.split(' ') {
            for n in w.parse::<u32>() {
                nums.push(n);
            }
        }
    }
    println!("{nums:?}");
}
