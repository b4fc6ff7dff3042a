//! mistake: Python's `lambda p: p.age` as the sort key passed to a helper in the loop's iterable
//! offending: lambda
//! category: syntax
struct Person {
    name: String,
    age: u32,
}

fn sorted_by<T, K: Ord>(items: &[T], key: impl Fn(&T) -> K) -> Vec<&T> {
    let mut v: Vec<&T> = items.iter().collect();
    v.sort_by_key(|x| key(x));
    v
}

fn main() {
    let people = vec![Person { name: "ann".into(), age: 40 }, Person { name: "bob".into(), age: 20 }];
    let mut names = Vec::new();
    for p in sorted_by(&people, lambda p: p.age) {
        names.push(p.name.clone());
    }
    println!("{names:?}");
}
