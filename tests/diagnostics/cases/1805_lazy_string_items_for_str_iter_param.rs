//! mistake: a lazy form of `String`s passed to a function that takes `impl Iterator<Item = &str>`
//! offending: comp!((format!("{:>3} {}", i.qty, i.name) for i in &items))
//! category: type
use comprehensions::comp;

struct Item {
    name: &'static str,
    qty: u32,
}

fn print_lines<'a>(lines: impl Iterator<Item = &'a str>) {
    for l in lines {
        println!("{l}");
    }
}

fn main() {
    let items = vec![Item { name: "bolts", qty: 120 }, Item { name: "nuts", qty: 8 }];
    print_lines(comp!((format!("{:>3} {}", i.qty, i.name) for i in &items)));
}
