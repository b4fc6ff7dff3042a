// A lazy comprehension returned as `impl Iterator` of other items than its
// own: rustc's "expected `{closure}` to return `i32`" on the element, as on
// a hand-written `map`'s closure, not a mismatch on the return type. Here a
// `?` makes the items `Result`s, and a nested one's items are references.
use comprehensions::comp;

fn numbers<'a>(lines: &'a [&'a str]) -> impl Iterator<Item = i32> + 'a {
    comp!((l.trim().parse::<i32>()? for l in lines))
}

fn pairs<'a>(xs: &'a [i32], ys: &'a [i32]) -> impl Iterator<Item = (i32, i32)> + 'a {
    comp!(((x, y) for x in xs for y in ys if x != y))
}

fn main() {
    println!("{}", numbers(&["1"]).sum::<i32>());
    println!("{:?}", pairs(&[1], &[2]).collect::<Vec<_>>());
}
