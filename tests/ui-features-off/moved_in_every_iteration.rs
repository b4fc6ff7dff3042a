use comprehensions::comp;

struct Order {
    user_id: u32,
    total: f64,
}

fn main() {
    let users = vec![1u32, 2];
    let orders = vec![Order { user_id: 1, total: 9.0 }];
    // Python iterates a list without consuming it; an inner `for` over the
    // `Vec` moves it in the first iteration of the outer one: rustc's
    // "in previous iteration of loop", with its `&orders` help, as in the
    // nested loop by hand.
    let _ = comp![(u, o.total) for u in &users for o in orders if o.user_id == *u];
    let names = vec![String::from("a")];
    // A list of one `for` without a filter is std's `map` and `collect`
    // (the fastest loop): a value moved in every element is then the error
    // of the `.map(|i| ..)` closure by hand, with the same helps.
    let _ = comp![{ let owned = names; owned.len() + i } for i in 0..3];
}
