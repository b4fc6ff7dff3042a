//! mistake: calls max_by_key on the Vec a list comprehension returns, as Python's max() takes any list
//! offending: max_by_key
//! category: python-habit
use comprehensions::comp;

struct Elf {
    id: usize,
    calories: Vec<u32>,
}

fn main() {
    let elves = vec![Elf { id: 1, calories: vec![1000, 2000] }, Elf { id: 2, calories: vec![4000] }];
    let best = comp![(e.id, e.calories.iter().sum::<u32>()) for e in &elves].max_by_key(|&(_, total)| total);
    println!("{best:?}");
}
