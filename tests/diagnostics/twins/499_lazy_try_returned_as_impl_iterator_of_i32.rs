//! offending: s.parse::<i32>()
fn numbers<'a>(cells: &'a [&'a str]) -> impl Iterator<Item = i32> + 'a {
    cells.iter().map(move |s| s.parse::<i32>())
}

fn main() {
    let cells = ["1", "2"];
    println!("{}", numbers(&cells).sum::<i32>());
}
