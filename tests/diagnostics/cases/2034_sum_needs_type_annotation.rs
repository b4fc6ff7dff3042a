//! mistake: summed each purse's coins (Python's `sum(c.value for c in ..)`) without saying what `sum` returns
//! offending: sum
//! category: type
use comprehensions::comp;

struct Coin {
    value: u32,
}

struct Purse {
    owner: String,
    coins: Vec<Coin>,
}

fn main() {
    let purses = vec![
        Purse { owner: "hero".into(), coins: vec![Coin { value: 5 }, Coin { value: 10 }] },
        Purse { owner: "thief".into(), coins: vec![Coin { value: 1 }] },
    ];
    let totals = comp![(p.owner.clone(), (c.value for c in &p.coins).sum()) for p in &purses];
    println!("{totals:?}");
}
