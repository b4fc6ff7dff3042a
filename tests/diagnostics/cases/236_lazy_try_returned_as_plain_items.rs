//! mistake: a lazy comprehension with `?` returned as `impl Iterator<Item = i32>` (its items are `Result<i32, _>`)
//! offending: comp!((l.trim().parse::<i32>()? for l in lines))
//! category: try
use comprehensions::comp;

fn numbers<'a>(lines: &'a [&'a str]) -> impl Iterator<Item = i32> + 'a {
    // Python: return (int(l) for l in lines)
    comp!((l.trim().parse::<i32>()? for l in lines))
}

fn main() {
    let lines = ["1", "2", "x"];
    println!("{}", numbers(&lines).sum::<i32>());
}
