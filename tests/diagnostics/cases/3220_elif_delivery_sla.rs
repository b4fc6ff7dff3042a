//! mistake: chained the SLA label with `elif` inside a conditional expression
//! offending: elif
//! category: python-habit
use comprehensions::comp;

struct Delivery {
    order_id: u32,
    minutes: u32,
}

fn main() {
    let done = vec![
        Delivery { order_id: 1, minutes: 22 },
        Delivery { order_id: 2, minutes: 38 },
        Delivery { order_id: 3, minutes: 61 },
    ];
    let sla = comp![(d.order_id, "late" if d.minutes > 45 elif d.minutes > 30 "slow" else "ok") for d in &done];
    println!("{sla:?}");
}
