//! mistake: chained the SLA label with `elif` inside a conditional expression
//! offending: elif
//! category: python-habit
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
    let sla: Vec<(u32, &str)> = done
        .iter()
        .map(|d| (d.order_id, if d.minutes > 45 { "late" } elif d.minutes > 30 { "slow" } else { "ok" }))
        .collect();
    println!("{sla:?}");
}
