//! mistake: an iterator of `Result<i32, _>` returned as `impl Iterator<Item = i32>` (hand-written)
//! offending: lines.iter().map(|l| l.trim().parse::<i32>())
fn numbers<'a>(lines: &'a [&'a str]) -> impl Iterator<Item = i32> + 'a {
    lines.iter().map(|l| l.trim().parse::<i32>())
}

fn main() {
    let lines = ["1", "2", "x"];
    println!("{}", numbers(&lines).sum::<i32>());
}
