// Python's f-string with expressions in its placeholders (`{o.side}`,
// `{o.price * 2.0:.2}`): the message shows the `format!` with them as
// arguments (rustc's own "field access isn't supported" help would edit
// the comprehension into `f"{0}", o.side for ..`), and the element is
// typed as that `format!`.
use comprehensions::comp;

struct Order {
    side: String,
    qty: u32,
    price: f64,
}

fn main() {
    let orders = vec![Order { side: "buy".into(), qty: 3, price: 101.25 }];
    let venue = "XNAS";
    let lines: Vec<String> = comp![f"{o.side} {o.qty} @ {o.price * 2.0:.2} ({venue})" for o in &orders];
    let _ = (lines, venue);
}
