//! mistake: called Python's `sum()` builtin on a generator of line quantities
//! offending: sum
//! category: python-habit
use comprehensions::comp;

struct Line {
    qty: u32,
    unit_cents: u32,
}

struct Cart {
    id: u32,
    lines: Vec<Line>,
}

fn main() {
    let carts = vec![
        Cart { id: 7, lines: vec![Line { qty: 2, unit_cents: 500 }, Line { qty: 1, unit_cents: 1250 }] },
        Cart { id: 8, lines: vec![Line { qty: 4, unit_cents: 99 }] },
    ];
    let units = comp![(c.id, sum(l.qty for l in &c.lines)) for c in &carts];
    println!("{units:?} {}", carts[0].lines[0].unit_cents);
}
