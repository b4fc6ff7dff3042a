// Python's `str(x)` as the first token of a `let`-bound comprehension:
// rustc's "not a function", as by hand, not its "you might have meant to
// use `:` for type annotation", whose edit would be `comp![: str(..) ..]`.
use comprehensions::comp;

struct Date {
    day: u8,
}

fn main() {
    let holidays = vec![Date { day: 25 }];
    let labels = comp![str(d.day) for d in &holidays];
    println!("{}", labels.len());
}
