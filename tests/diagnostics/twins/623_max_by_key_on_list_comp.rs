//! mistake: calls max_by_key on the Vec a list comprehension returns, as Python's max() takes any list
//! category: python-habit
struct Elf {
    id: usize,
    calories: Vec<u32>,
}

fn main() {
    let elves = vec![Elf { id: 1, calories: vec![1000, 2000] }, Elf { id: 2, calories: vec![4000] }];
    let best = elves.iter().map(|e| (e.id, e.calories.iter().sum::<u32>())).collect::<Vec<_>>().max_by_key(|&(_, total)| total);
    println!("{best:?}");
}
