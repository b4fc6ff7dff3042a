//! mistake: joins the points themselves in a Display impl, expecting `join` to call Display on each (the element should be `p.to_string()`)
//! offending: join
//! category: type
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

struct Polygon {
    points: Vec<Point>,
}

impl fmt::Display for Polygon {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Polygon[{}]", self.points.iter().collect::<Vec<_>>().join(", "))
    }
}

fn main() {
    let tri = Polygon {
        points: vec![Point { x: 0, y: 0 }, Point { x: 4, y: 0 }, Point { x: 0, y: 3 }],
    };
    println!("{tri}");
}
